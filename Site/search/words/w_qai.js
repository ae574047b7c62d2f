BRIEFINGS_SEARCH_WORDS("qai",{
"qaida":"4,1b,6p"
});
