BRIEFINGS_SEARCH_WORDS("see",{
"seen":"47,3c;47"
});
