BRIEFINGS_SEARCH_WORDS("see",{
"seen":"46,3d;46"
});
