BRIEFINGS_SEARCH_WORDS("dif",{
"differends":"7k",
"diffuse":"2n,4p"
});
