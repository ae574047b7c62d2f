BRIEFINGS_SEARCH_WORDS("see",{
"seen":"47,3d;47"
});
