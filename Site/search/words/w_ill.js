BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6f,w;6f",
"illicit":"76"
});
