BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"52,j,24,3;5l",
"french":"10,6,j,21,47",
"freres":"1u",
"fresh":"3z,3y"
});
