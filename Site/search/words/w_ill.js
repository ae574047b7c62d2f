BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"71,v",
"illicit":"7r"
});
