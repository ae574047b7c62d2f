BRIEFINGS_SEARCH_WORDS("iss",{
"issa":"5",
"issu":"14,7,j",
"issue":"1e,1,f,1e,2c,s,7,16,3;5k",
"issued":"5q,21,8"
});
