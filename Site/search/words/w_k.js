BRIEFINGS_SEARCH_WORDS("k",{
"k":"j,1u,6"
});
