BRIEFINGS_SEARCH_WORDS("rae",{
"raed":"l"
});
