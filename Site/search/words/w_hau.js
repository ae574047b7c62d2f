BRIEFINGS_SEARCH_WORDS("hau",{
"hausse":"7j",
"haut":"0,g,p,9,d,3,8,3,8,o,f,30,t,f;1e",
"haute":"25,16"
});
