using Attest.Ingest.Languages;

namespace Attest.Ingest.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The Security Council met behind closed doors on Thursday to discuss the fighting in the valley, diplomats said.")]
    [InlineData("ur", "وزیر خارجہ نے کہا کہ سلامتی کونسل کو اس معاملے پر فوری اجلاس بلانا چاہیے اور متاثرہ علاقوں میں مبصرین بھیجنے چاہئیں۔")]
    [InlineData("hi", "विदेश मंत्री ने कहा कि सुरक्षा परिषद को इस मामले पर तुरंत बैठक बुलानी चाहिए और प्रभावित क्षेत्रों में पर्यवेक्षक भेजने चाहिए।")]
    [InlineData("fr", "Le Conseil de sécurité s'est réuni jeudi à huis clos pour discuter des combats dans la vallée, selon des diplomates.")]
    [InlineData("ar", "قال وزير الخارجية إن على مجلس الأمن أن يعقد اجتماعا عاجلا بشأن هذه القضية وأن يرسل مراقبين إلى المناطق المتضررة.")]
    public void Names_the_language_of_a_news_sentence(string expected, string text)
    {
        Assert.Equal(expected, LanguageIdentifier.Identify(text));
    }

    [Fact]
    public void Too_little_text_names_no_language()
    {
        Assert.Null(LanguageIdentifier.Identify("12 killed"));
    }
}
