BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,4n;2z",
"african":"2z"
});
