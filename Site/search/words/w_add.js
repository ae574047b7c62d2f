BRIEFINGS_SEARCH_WORDS("add",{
"added":"7z",
"adding":"5e,2h,7,3",
"additionnel":"2p,15,3k,f;7e"
});
