BRIEFINGS_SEARCH_WORDS("ped",{
"pedersen":"18;18"
});
