BRIEFINGS_SEARCH_WORDS("did",{
"did":"7h,4"
});
