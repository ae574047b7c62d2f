BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3d,j,r,7,31,2,2;3d",
"trumba":"1,36,46,7,1",
"trump":"x,4;x"
});
