BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7s",
"become":"68,1c;68"
});
