BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"4u,j,21,3;5d",
"french":"10,6,j,20,3x",
"freres":"1u",
"fresh":"3w,3q"
});
