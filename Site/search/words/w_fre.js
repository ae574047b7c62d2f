BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"52,j,26,3;5l",
"french":"10,6,j,21,49",
"freres":"1u",
"fresh":"42,3x"
});
