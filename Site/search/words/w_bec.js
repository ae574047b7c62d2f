BRIEFINGS_SEARCH_WORDS("bec",{
"because":"7v",
"become":"6a,1d;6a"
});
