BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"4w,j,1y,3;5f",
"french":"10,6,j,21,3v",
"freres":"1u",
"fresh":"3x,3o"
});
