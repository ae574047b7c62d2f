BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3d,1b,2t,2,2;3d,1b",
"trumba":"1,37,3r,7,1",
"trump":"x,4;x"
});
