BRIEFINGS_SEARCH_WORDS("afr",{
"africaine":"2z,4q;2z",
"african":"2z"
});
