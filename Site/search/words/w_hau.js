BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7i",
"haut":"0,g,p,9,d,3,8,3,8,o,f,2z,t,f;1e",
"haute":"25,16"
});
