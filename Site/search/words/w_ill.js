BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6g,v",
"illicit":"76"
});
