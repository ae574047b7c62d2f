BRIEFINGS_SEARCH_WORDS("k",{
"k":"j,1v,6"
});
