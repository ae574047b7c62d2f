BRIEFINGS_SEARCH_WORDS("iss",{
"issa":"5",
"issu":"14,7,j",
"issue":"1e,1,f,21,25,p,6,12,3",
"issued":"67,1s,8",
"issus":"1z"
});
