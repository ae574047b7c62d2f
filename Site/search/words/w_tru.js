BRIEFINGS_SEARCH_WORDS("tru",{
"truce":"3z,1b,2t,2,2;3z,1b",
"trumba":"1,3t,3r,7,1",
"trump":"x,4;x"
});
