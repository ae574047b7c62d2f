BRIEFINGS_SEARCH_WORDS("rip",{
"riposte":"4h,32;4h,32",
"riposter":"78"
});
