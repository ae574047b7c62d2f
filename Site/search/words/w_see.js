BRIEFINGS_SEARCH_WORDS("see",{
"seen":"4c,3l"
});
