BRIEFINGS_SEARCH_WORDS("qat",{
"qatar":"2f;2f",
"qatari":"2f",
"qatarie":"2f",
"qataries":"2f"
});
