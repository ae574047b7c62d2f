BRIEFINGS_SEARCH_WORDS("we",{
"we":"46,3d;46"
});
