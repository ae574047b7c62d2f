BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"4h,31;4h,31",
"riposter":"77"
});
