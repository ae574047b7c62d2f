BRIEFINGS_SEARCH_WORDS("see",{
"seen":"46,3g;46"
});
