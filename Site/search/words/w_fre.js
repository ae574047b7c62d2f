BRIEFINGS_SEARCH_WORDS("fre",{
"freezing":"5i,j,1y,3;61",
"french":"10,6,j,2n,3v",
"freres":"1u",
"fresh":"4j,3o"
});
