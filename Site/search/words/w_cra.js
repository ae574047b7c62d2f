BRIEFINGS_SEARCH_WORDS("cra",{
"craft":"1n,6;1t",
"craignant":"52,2d",
"craignent":"76"
});
