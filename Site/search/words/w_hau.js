BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7i",
"haut":"0,g,p,9,d,3,7,3,8,o,f,30,t,f;1e",
"haute":"24,16"
});
