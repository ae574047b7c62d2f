BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,51;2z",
"african":"2z"
});
