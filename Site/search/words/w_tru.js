BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3d,1c,2t,2,2;3d,1c",
"trumba":"1,37,3s,7,1",
"trump":"x,4;x"
});
