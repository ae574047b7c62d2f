BRIEFINGS_SEARCH_WORDS("iss",{
"issa":"5",
"issu":"14,7,j",
"issue":"1e,1,f,1e,2b,r,7,15,3;5j",
"issued":"5p,1z,8"
});
