BRIEFINGS_SEARCH_WORDS("ill",{
"illegally":"6h,w;6h",
"illicit":"78"
});
