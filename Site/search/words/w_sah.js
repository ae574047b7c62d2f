BRIEFINGS_SEARCH_WORDS("sah",{
"sahel":"2z,4l"
});
