BRIEFINGS_SEARCH_WORDS("qat",{
"qatar":"2g;2g",
"qatari":"2g",
"qatarie":"2g",
"qataries":"2g"
});
