BRIEFINGS_SEARCH_WORDS("cra",{
"craft":"1n,6;1t",
"craignant":"5o,2d",
"craignent":"7s"
});
