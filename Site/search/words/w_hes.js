BRIEFINGS_SEARCH_WORDS("hes",{
"hesitation":"46,3p"
});
