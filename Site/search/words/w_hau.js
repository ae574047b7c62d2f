BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7l",
"haut":"0,g,p,9,d,3,7,3,8,o,f,31,v,f;1e",
"haute":"24,16"
});
