BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3c,1c,2t,2,2;3c,1c",
"trumba":"1,36,3s,7,1",
"trump":"x,4;x"
});
