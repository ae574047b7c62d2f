BRIEFINGS_SEARCH_WORDS("see",{
"seen":"4t,3c;4t"
});
