BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"51,j,24,3;5k",
"french":"10,6,j,21,46",
"freres":"1u",
"fresh":"41,3v"
});
