BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3d,j,q,7,2z,2,2;3d",
"trumba":"1,36,43,7,1",
"trump":"x,4;x"
});
