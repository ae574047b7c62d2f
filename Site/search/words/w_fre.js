BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"4x,j,1y,3;5g",
"french":"10,6,j,21,3w",
"freres":"1u",
"fresh":"3x,3p"
});
