BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"4w,j,1y,3;5f",
"french":"10,6,j,20,3w",
"freres":"1u",
"fresh":"3w,3p"
});
