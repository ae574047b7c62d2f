BRIEFINGS_SEARCH_WORDS("see",{
"seen":"4b,3j"
});
